import { describe, expect, it } from 'vitest';
import { settledWithinTask, whenIdle } from './within-task';

describe('settledWithinTask', () => {
  it('waits for work that settles within the task, rejected or not, and not for work that needs a later task', async () => {
    const order: string[] = [];
    const nextTask = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => order.push('next task'));
    const local = Promise.resolve().then(() => Promise.resolve()).then(() => order.push('local answered'));
    const failed = Promise.reject(new Error('refused'));
    failed.catch(() => undefined);
    let slowDone = false;
    const slow = new Promise<void>((resolve) => setTimeout(resolve, 200)).then(() => (slowDone = true));

    await settledWithinTask(local).then(() => order.push('local settled'));
    await settledWithinTask(failed).then(() => order.push('failed settled'));
    expect(order).toEqual(['local answered', 'local settled', 'failed settled']); // all before the next task
    await settledWithinTask(slow);
    expect(slowDone).toBe(false); // went on in the next task, without the slow answer
    await nextTask;
    await slow;
  });
});

describe('whenIdle', () => {
  it('runs the work after the current task, and not at all once cancelled', async () => {
    const ran: string[] = [];
    whenIdle(() => ran.push('kept'));
    const cancel = whenIdle(() => ran.push('cancelled'));
    cancel();
    expect(ran).toEqual([]); // never within the task that asked
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ran).toEqual(['kept']);
  });
});
