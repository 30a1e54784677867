/** Word lists the generator draws from. Accented names are there on purpose: search must ignore accents. */

export const FIRST_NAMES = [
  'José', 'Zoë', 'François', 'Renée', 'Björn', 'Ana', 'Søren', 'Chloé', 'Łukasz', 'Inés',
  'Emma', 'Liam', 'Olivia', 'Noah', 'Ava', 'Lucas', 'Mia', 'Ethan', 'Sofia', 'Mason',
  'Priya', 'Arjun', 'Mei', 'Hiroshi', 'Fatima', 'Omar', 'Grace', 'Daniel', 'Hannah', 'Samuel',
  'Isabella', 'Leo', 'Amelia', 'Jack', 'Nora', 'Oscar', 'Elena', 'Mateo', 'Aisha', 'Yusuf',
] as const;

export const LAST_NAMES = [
  'Müller', 'Ångström', 'Lefèvre', 'Núñez', 'Håkansson', 'Dubois', 'Kowalczyk', 'García', 'Çelik', 'Østergaard',
  'Smith', 'Johnson', 'Brown', 'Taylor', 'Wilson', 'Anderson', 'Thomas', 'Moore', 'Martin', 'Lee',
  'Patel', 'Kim', 'Nguyen', 'Chen', 'Okafor', 'Rossi', 'Novak', 'Silva', 'Schmidt', 'Murphy',
] as const;

export const EMAIL_DOMAINS = ['example.com', 'example.org', 'mail.example.net', 'shop.example', 'corp.example'] as const;

export const TEAM_NAMES = [
  'Alex Morgan', 'Sam Rivera', 'Jordan Blake', 'Taylor Quinn', 'Casey Park', 'Riley Chen',
  'Jamie Ortiz', 'Morgan Hale', 'Avery Stone', 'Drew Collins', 'Parker Lane', 'Skyler Reed',
] as const;

export const ASSISTANT_NAMES = [
  'Billing Bot', 'Shipping Helper', 'Account Assistant', 'Returns Desk', 'Tech Support AI', 'Store Guide',
  'Onboarding Buddy', 'Subscription Pal', 'Order Tracker', 'Security Helper', 'Product Expert', 'Sales Concierge',
  'Warranty Assistant', 'Gift Card Helper', 'Payments Bot', 'Mobile App Guide', 'Travel Planner', 'Booking Assistant',
] as const;

/** Why the end user asked for a person: one thing, asked in several wordings. */
export interface HandoffReason {
  /** A few words naming the reason, for tests and docs. */
  about: string;
  /** The end user's question the assistant could not answer, in different wordings. */
  questions: readonly string[];
}

/**
 * One support problem, written so every part of a ticket about it tells the same story: the subject, what the end
 * user says before and after the handoff, what the assistant answers (never repeating the user), the questions it
 * hands off on, and what the team replies. `{n}` is an order, invoice or reference number, the same in all of them.
 */
export interface Problem {
  id: string;
  subjects: readonly string[];
  /** The end user's first message: the problem itself. */
  openings: readonly string[];
  /** More detail the end user gives the assistant. */
  details: readonly string[];
  /** The assistant's attempts: facts, checks, a question back. */
  assistant: readonly string[];
  handoffs: readonly HandoffReason[];
  /** The team's replies to the end user. */
  team: readonly string[];
  /** What the end user writes after a team reply when the problem is not over. */
  followUps: readonly string[];
}

/** A family of problems one assistant handles; `weights` make a few of them dominant. */
export interface Domain {
  id: string;
  problems: readonly Problem[];
  /** Relative share of each problem, same order. */
  weights: readonly number[];
}

/** The assistant's last message before a person takes over: the handoff. */
export const HANDOFF_LINES = [
  'I will pass this to a colleague on the team who can look into it. They will reply here.',
  'I cannot sort this out myself, so I am handing your conversation to a person on our support team.',
  'That needs someone on the team to check. I have passed your conversation on and they will get back to you.',
  'Let me get a member of the support team to help with this. Everything you told me goes with it.',
] as const;

/** What an end user sometimes writes first, before the problem. */
export const GREETINGS = ['Hi there.', 'Hello, I need some help.', 'Hi, quick question.', 'Good morning.'] as const;

const REFUND_MISSING: Problem = {
  id: 'refund-missing',
  subjects: ['Refund not received for order #{n}', 'Still waiting for my refund on order #{n}', 'Where is my refund?'],
  openings: ['I sent back order #{n} two weeks ago and the refund has still not arrived.', 'My refund for order #{n} was promised last week but there is nothing on my account.'],
  details: ['The tracking says the parcel reached your warehouse on the 3rd.', 'I paid by credit card, if that matters.'],
  assistant: [
    'I can see the return was received. Refunds usually take 5 to 10 business days to appear.',
    'The refund was issued to the original payment method; banks can take a few days to show it.',
    'Could you check whether a pending credit shows in your banking app?',
  ],
  handoffs: [
    { about: 'refund to a closed card', questions: ['The card I paid with has been cancelled. Where does the refund go now?', 'My old card is closed, can you send the money to my new one instead?', 'What happens to a refund if the original card no longer exists?'] },
    { about: 'refund overdue', questions: ['It has been more than ten business days. Can a person chase this?', 'Your policy says 10 days and it has been 15. Who can check what went wrong?', 'Can someone confirm the refund was actually sent?'] },
  ],
  team: ['I have traced the refund with our payments team: it was sent on Monday and should show within 3 business days.', 'The refund had stalled on our side. I have reissued it today, sorry for the wait.'],
  followUps: ['It still has not shown up on my statement.', 'Thanks. Can you send me a confirmation by email?'],
};

const DOUBLE_CHARGE: Problem = {
  id: 'double-charge',
  subjects: ['Charged twice on invoice {n}', 'Double payment taken for invoice {n}', 'Two charges for one order'],
  openings: ['I was charged twice for invoice {n} this month.', 'My bank shows two identical payments to you for invoice {n}.'],
  details: ['Both charges are for the same amount, on the same day.', 'One of them is marked as completed, not pending.'],
  assistant: [
    'One of the two may be a pending authorisation that drops off within a few days.',
    'I can see a single payment on our side for that invoice.',
    'Could you tell me the last four digits of the card that was charged?',
  ],
  handoffs: [
    { about: 'refund the duplicate charge', questions: ['Both charges have gone through. Can you refund one of them?', 'It is not pending any more, I need the second payment back.', 'Who can reverse the duplicate payment?'] },
    { about: 'charged after cancelling', questions: ['I cancelled before the renewal date, so why was I charged at all?', 'Why did you take a payment after I closed my plan?'] },
  ],
  team: ['We found the duplicate payment and refunded it today; it will disappear from your statement in a few days.', 'I have voided the second charge. You will get a confirmation email shortly.'],
  followUps: ['The second charge is still on my account.', 'Thank you. Will this also fix next month?'],
};

const SUBSCRIPTION: Problem = {
  id: 'subscription-renewal',
  subjects: ['Subscription renewed without notice', 'How do I cancel my subscription?', 'Annual plan renewed by surprise'],
  openings: ['My subscription renewed and I never got a reminder email.', 'I want to cancel my subscription but the button does nothing.'],
  details: ['I am on the annual plan.', 'I tried in two different browsers.'],
  assistant: [
    'Renewal reminders are sent seven days before the renewal date.',
    'You can cancel under Settings, then Plan, then Cancel subscription.',
    'I can see the plan renewed on the 1st of this month.',
  ],
  handoffs: [
    { about: 'refund an unwanted renewal', questions: ['Can I get my money back for a renewal I did not want?', 'I did not mean to renew. Is a refund possible?', 'Can you reverse the renewal and close my account?'] },
    { about: 'cancel button broken', questions: ['The cancel button still does nothing. Can someone cancel it for me?', 'Please just cancel it on your side, the page will not let me.'] },
  ],
  team: ['I have cancelled the subscription and refunded the renewal in full.', 'Your plan is cancelled and will not renew again. The refund is on its way.'],
  followUps: ['I still see the plan as active in my account.', 'Thanks. Will I keep access until the end of the month?'],
};

const SHIPPING_DELAY: Problem = {
  id: 'shipping-delay',
  subjects: ['Package #{n} has not arrived', 'Order #{n} delayed for two weeks', 'Delivery date keeps moving'],
  openings: ['My package #{n} was supposed to arrive last Monday and the tracking has not moved since.', 'The delivery date for order #{n} has been pushed back three times now.'],
  details: ['The last tracking update says "in transit" from nine days ago.', 'I need it before the weekend, it is a gift.'],
  assistant: [
    'Tracking shows the parcel at the regional depot. Most parcels there are delivered within two days.',
    'Carriers are running behind this month; most delayed parcels arrive within a week of the first date.',
    'I have opened a trace with the courier for your parcel.',
  ],
  handoffs: [
    { about: 'send a replacement', questions: ['If it does not arrive by Friday, can you send another one?', 'Can you ship a replacement now instead of waiting?', 'Is it possible to get a new parcel sent out today?'] },
    { about: 'cancel the late order', questions: ['Can I cancel the order and get my money back since it is so late?', 'I do not want it any more if it is this late. How do I cancel?'] },
  ],
  team: ['The courier confirmed the parcel was stuck at the depot; it is out for delivery tomorrow.', 'We are sending a replacement today by express at no cost, and the late parcel can be refused.'],
  followUps: ['Still nothing today, the tracking has not changed.', 'Thanks. Can I have the new tracking number?'],
};

const PARCEL_LOST: Problem = {
  id: 'parcel-lost',
  subjects: ['Parcel marked delivered but not received', 'Order #{n} shows delivered, nothing here', 'Missing parcel for order #{n}'],
  openings: ['The courier says order #{n} was delivered yesterday but I never got it.', 'Tracking for order #{n} says delivered, but nothing came to my door.'],
  details: ['I checked with my neighbours and the building reception.', 'There is no photo of the delivery in the tracking.'],
  assistant: [
    'Sometimes parcels are marked delivered a day early. Could you wait until the end of today?',
    'I have asked the courier for the delivery location and proof of delivery.',
    'Could you confirm the delivery address on the order is correct?',
  ],
  handoffs: [
    { about: 'file a claim for a lost parcel', questions: ['It never came. Can someone open a claim with the courier?', 'How do I report the parcel as lost?', 'Who can file a lost parcel claim for me?'] },
    { about: 'refund a lost parcel', questions: ['Can I just get a refund for the missing parcel?', 'I would rather have my money back than wait for a claim.'] },
  ],
  team: ['The courier confirmed the parcel was lost; we are sending a replacement at no cost.', 'I have filed the claim and refunded the order, so you do not have to wait for the courier.'],
  followUps: ['Has the courier answered yet?', 'Thanks. Do I need to sign anything for the claim?'],
};

const WRONG_ADDRESS: Problem = {
  id: 'wrong-address',
  subjects: ['Wrong shipping address on order #{n}', 'Need to change the delivery address', 'Order #{n} going to my old address'],
  openings: ['I entered the wrong shipping address for order #{n}.', 'Order #{n} is going to my old address, I moved last month.'],
  details: ['The correct address is in my account settings.', 'It has not shipped yet according to the order page.'],
  assistant: [
    'Orders can be changed until they are packed.',
    'Your account shows two saved addresses; the order used the older one.',
    'I can see the order is waiting to be packed.',
  ],
  handoffs: [
    { about: 'change the address after packing', questions: ['It says packed now. Can someone still change the address?', 'Can the warehouse change the label before it leaves?', 'Is there any way to redirect it now that it is packed?'] },
  ],
  team: ['We caught the order before it shipped and changed the address.', 'The parcel had left, so we asked the courier to redirect it to your new address.'],
  followUps: ['The tracking still shows the old address.', 'Thank you, that is a relief.'],
};

const LOGIN_CODE: Problem = {
  id: 'login-code',
  subjects: ['Login code never arrives', 'No verification code by email or text', 'Two-step code not received'],
  openings: ['The one-time login code never arrives, by email or by text.', 'I am not getting the verification code when I try to sign in.'],
  details: ['I checked the spam folder and waited half an hour.', 'It worked fine until last week.'],
  assistant: [
    'Codes can take a few minutes. Please request a new one and use only the latest code.',
    'Could you confirm the phone number ends with the digits shown on the sign-in page?',
    'Please check that your email provider is not blocking messages from our domain.',
  ],
  handoffs: [
    { about: 'phone number changed', questions: ['I have a new phone number. How do I get the code now?', 'My old number is gone, can someone update it so I can log in?', 'The code goes to a number I no longer have. What now?'] },
    { about: 'codes never delivered', questions: ['I have requested ten codes and none came. Can a person look at my account?', 'Can someone send the code another way? Nothing arrives.', 'Is there a problem with your code emails? I get nothing.'] },
  ],
  team: ['We found a delay with our email provider; the login codes should arrive now.', 'I have updated the phone number on your account. Please try signing in again.'],
  followUps: ['Still no code, I tried again just now.', 'That worked, thank you!'],
};

const LOCKED_OUT: Problem = {
  id: 'locked-out',
  subjects: ['Locked out after password reset', 'Account locked after too many attempts', 'Cannot log in to my account'],
  openings: ['My account got locked after too many sign-in attempts.', 'Every time I try to log in it says my password is wrong, even after a reset.'],
  details: ['The reset email arrives and the new password is accepted, then sign-in fails.', 'It says to try again in 24 hours, but it has been two days.'],
  assistant: [
    'Please try the password reset link again; each link works only once.',
    'For your security, locked accounts open again automatically after 24 hours.',
    'Could you confirm the email address you sign in with?',
  ],
  handoffs: [
    { about: 'unlock the account', questions: ['It is still locked after two days. Can someone unlock it?', 'Can a person unlock my account now? I need it for work.', 'Who can lift the lock on my account?'] },
    { about: 'suspect someone else', questions: ['I did not make those attempts. Has someone tried to get into my account?', 'Could someone else be trying my password?'] },
  ],
  team: ['I have unlocked your account. Please try logging in again now.', 'We saw attempts from another country, so we reset your password and unlocked the account. Please choose a new password.'],
  followUps: ['It is locked again after one try.', 'I am in, thanks for the quick help.'],
};

const EMAIL_CHANGE: Problem = {
  id: 'email-change',
  subjects: ['Change the email on my account', 'Cannot update my email address', 'Old email address on my account'],
  openings: ['I need to change the email address on my account.', 'The page will not save my new email address.'],
  details: ['I no longer have access to the old address.', 'It shows an error saying the address is already in use.'],
  assistant: ['You can change it under Settings, Profile, Email.', 'A confirmation link goes to the old address first.', 'The error means another account already uses that address.'],
  handoffs: [
    { about: 'no access to the old email', questions: ['I cannot open the old mailbox. How else can I confirm it is me?', 'The link goes to an address I cannot use any more. Can someone change it for me?'] },
    { about: 'merge two accounts', questions: ['Can you merge my two accounts into one?', 'The new address has an old account. Can you combine them?'] },
  ],
  team: ['I have verified your identity and changed the email address.', 'We merged the two accounts; your orders are all under the new address now.'],
  followUps: ['I still get emails at the old address.', 'Thank you, it shows the new one now.'],
};

const DAMAGED_ITEM: Problem = {
  id: 'damaged-item',
  subjects: ['Item arrived damaged', 'Broken item in order #{n}', 'Box crushed, item cracked'],
  openings: ['The box was crushed and the item inside is broken.', 'Order #{n} arrived today and the glass is cracked.'],
  details: ['I have photos of the box and the item.', 'The outer box already looked damaged when it came.'],
  assistant: ['I am sorry to hear that. Could you send a photo of the damage?', 'Thanks for the photo. Damaged items can be replaced or refunded.', 'Please keep the packaging until this is sorted.'],
  handoffs: [
    { about: 'replacement without return', questions: ['Do I really have to send the broken one back?', 'Can you send a new one without me returning the broken one?', 'Can the replacement go out before I return the damaged item?'] },
    { about: 'replacement out of stock', questions: ['The page says it is out of stock. How can I get a replacement?', 'If you cannot replace it, can I get a different model?'] },
  ],
  team: ['We are shipping a replacement today; no need to return the damaged one.', 'That model is out of stock, so I have refunded it in full.'],
  followUps: ['The replacement has not shipped yet.', 'Great, thank you for sorting it so quickly.'],
};

const RETURN_LABEL: Problem = {
  id: 'return-label',
  subjects: ['Return label does not work', 'How do I return order #{n}?', 'Return request for order #{n} rejected'],
  openings: ['The return label for order #{n} gives an error at the post office.', 'My return request for order #{n} was rejected and I do not know why.'],
  details: ['The post office says the barcode is not valid.', 'I am still within the 30 days.'],
  assistant: ['Return labels are valid for 14 days after they are made.', 'You can make a new label under Orders, Return an item.', 'Returns are accepted within 30 days of delivery.'],
  handoffs: [
    { about: 'label expired', questions: ['The new label fails too. Can someone send me one that works?', 'Can you email me a working return label?'] },
    { about: 'return rejected', questions: ['Why was my return rejected if I am within 30 days?', 'Can a person look at why my return was refused?', 'Can you approve the return manually?'] },
  ],
  team: ['I have sent a new return label to your email; it is valid for 30 days.', 'The return was rejected by mistake. I have approved it now.'],
  followUps: ['The new label does not work either.', 'Thanks, I dropped it off today.'],
};

const WARRANTY: Problem = {
  id: 'warranty-claim',
  subjects: ['Warranty claim for broken charger', 'Charger stopped working', 'Warranty repair for my device'],
  openings: ['My charger stopped working after three months.', 'The device will not turn on any more and it is still under warranty.'],
  details: ['I tried another socket and another cable.', 'I bought it in March.'],
  assistant: ['The charger is covered by a two-year warranty.', 'Please try holding the power button for 20 seconds.', 'I will need your order number to start the claim.'],
  handoffs: [
    { about: 'claim without receipt', questions: ['It was a gift, I do not have the receipt. Can I still claim?', 'Can I make a warranty claim without the order number?'] },
    { about: 'repair or replace', questions: ['Will you repair it or send a new one?', 'How long does a warranty repair take? I need it for work.'] },
  ],
  team: ['Your warranty claim is approved. A new charger is on its way.', 'We found the order under your email, so the claim is approved. A courier will collect the device on Thursday.'],
  followUps: ['Any news on the claim?', 'Thank you, the new one works.'],
};

const APP_CRASH: Problem = {
  id: 'app-crash',
  subjects: ['App crashes when opening settings', 'App closes on start', 'Crash after the latest update'],
  openings: ['The app crashes every time I open the settings screen.', 'Since the last update the app closes as soon as it starts.'],
  details: ['I am on the latest version from the store.', 'I already tried reinstalling it.'],
  assistant: ['Please update the app to the latest version and restart your phone.', 'Could you tell me which phone model and app version you use?', 'Clearing the app cache often helps after an update.'],
  handoffs: [
    { about: 'crash after update', questions: ['None of that helped. Is there a fix coming?', 'Can someone from the technical team look at this crash?', 'Is this a known bug in the new version?'] },
    { about: 'lost data after crash', questions: ['Will I lose my saved data if I reinstall?', 'My data is gone after the crash. Can you restore it?'] },
  ],
  team: ['Our engineers found the crash and a fix ships in version 4.2 this week.', 'Thanks for the details. The fix is out now; please update the app.'],
  followUps: ['Version 4.2 still crashes for me.', 'The update fixed it, thanks.'],
};

const SYNC_ERROR: Problem = {
  id: 'sync-error',
  subjects: ['Sync error on mobile app', 'Data not syncing between phone and web', 'Changes disappear after sync'],
  openings: ['My data does not sync between the phone and the web.', 'Changes I make on my phone disappear after a sync.'],
  details: ['The app shows "sync failed" at the top.', 'It started after I changed my password.'],
  assistant: ['Please sign out of the app and sign in again.', 'Sync needs the same account on both devices; could you check the email in each?', 'Could you tell me when the last successful sync happened?'],
  handoffs: [
    { about: 'sync still failing', questions: ['I signed out and in, and it still fails. Can someone check my account?', 'Can a person look at why my account will not sync?'] },
    { about: 'recover lost changes', questions: ['Can you recover the changes that disappeared?', 'Is there a backup of my data from last week?'] },
  ],
  team: ['We repaired the sync state of your account; it should work again now.', 'I restored your data from last night’s backup.'],
  followUps: ['It failed again this morning.', 'Everything is back, thank you.'],
};

const CSV_EXPORT: Problem = {
  id: 'csv-export',
  subjects: ['Export to CSV is broken', 'CSV export gives an empty file', 'Report export stuck'],
  openings: ['Exporting my reports to CSV gives an empty file.', 'The CSV export has been stuck at "preparing" for an hour.'],
  details: ['It happens with every report, even small ones.', 'PDF export still works.'],
  assistant: ['Large exports are emailed when they are ready.', 'Please try a shorter date range.', 'This looks like a bug. I will note the details.'],
  handoffs: [
    { about: 'export still empty', questions: ['Even one day gives an empty file. Can the technical team look?', 'Can someone send me the export another way?'] },
  ],
  team: ['We fixed the CSV export; please try again.', 'The export job had stalled. I restarted it and the file is in your email.'],
  followUps: ['Still empty today.', 'It works again, thanks.'],
};

const PROMO_CODE: Problem = {
  id: 'promo-code',
  subjects: ['Promo code not applied', 'Discount missing from my order', 'Coupon code rejected at checkout'],
  openings: ['The promo code was accepted but the discount is not on my order.', 'My coupon code is rejected at checkout.'],
  details: ['The code is from your newsletter this week.', 'It says the code is not valid for these items.'],
  assistant: ['Promo codes cannot be applied after payment.', 'Some codes exclude items that are already on sale.', 'Could you tell me the code exactly as written?'],
  handoffs: [
    { about: 'apply the discount afterwards', questions: ['Can you refund the discount since the code did not work?', 'Can someone apply the discount to my order now?', 'Is there any way to get the promo price after paying?'] },
  ],
  team: ['We refunded the discount difference to your card.', 'I have applied the discount to your order and refunded the difference.'],
  followUps: ['I do not see the refund yet.', 'Thanks a lot.'],
};

const GIFT_CARD: Problem = {
  id: 'gift-card',
  subjects: ['Gift card balance is zero', 'Gift card not accepted', 'Gift card code used by someone else'],
  openings: ['My gift card shows a zero balance but I never used it.', 'The gift card I got is not accepted at checkout.'],
  details: ['It was a birthday present last month.', 'The card number is on the back of the card.'],
  assistant: ['I can see the gift card was redeemed on another account.', 'Gift cards are valid for three years from purchase.', 'Could you send the last four characters of the code?'],
  handoffs: [
    { about: 'card redeemed by someone else', questions: ['I did not redeem it. Can you give the balance back?', 'Someone else used my card. Who can look into it?', 'Can you restore the balance on my gift card?'] },
  ],
  team: ['We restored the gift card balance.', 'The card was redeemed by mistake on another account; your balance is back.'],
  followUps: ['The balance still says zero.', 'Thank you, it works now.'],
};

const PRICE_CHANGE: Problem = {
  id: 'price-change',
  subjects: ['Price changed after checkout', 'Charged more than the listed price', 'Price dropped right after I ordered'],
  openings: ['The price went up between adding to cart and paying.', 'I paid full price and the next day it was on sale.'],
  details: ['The difference is about 20 percent.', 'I have a screenshot of the price in my cart.'],
  assistant: ['Prices are locked when you start checkout.', 'Sale prices apply only to orders placed during the sale.', 'Could you send the screenshot of the cart?'],
  handoffs: [
    { about: 'refund the price difference', questions: ['Can you refund the difference?', 'Can I get the sale price since I ordered a day earlier?', 'Will you match the lower price?'] },
  ],
  team: ['We refunded the price difference to your card.', 'As a one-off, I have refunded the difference to the sale price.'],
  followUps: ['Has the refund gone through?', 'Thank you, that is fair.'],
};

/** The problems each kind of assistant meets, a few of them dominant. */
export const DOMAINS: readonly Domain[] = [
  { id: 'billing', problems: [REFUND_MISSING, DOUBLE_CHARGE, SUBSCRIPTION], weights: [50, 30, 20] },
  { id: 'shipping', problems: [SHIPPING_DELAY, PARCEL_LOST, WRONG_ADDRESS], weights: [50, 35, 15] },
  { id: 'account', problems: [LOGIN_CODE, LOCKED_OUT, EMAIL_CHANGE], weights: [45, 40, 15] },
  { id: 'returns', problems: [DAMAGED_ITEM, RETURN_LABEL, WARRANTY], weights: [45, 35, 20] },
  { id: 'tech', problems: [APP_CRASH, SYNC_ERROR, CSV_EXPORT], weights: [50, 30, 20] },
  { id: 'store', problems: [PROMO_CODE, GIFT_CARD, PRICE_CHANGE], weights: [45, 30, 25] },
];

/** Which domain an assistant of this name works in; other names take domains in turn. */
export const ASSISTANT_DOMAINS: Readonly<Record<string, string>> = {
  'Billing Bot': 'billing',
  'Payments Bot': 'billing',
  'Subscription Pal': 'billing',
  'Shipping Helper': 'shipping',
  'Order Tracker': 'shipping',
  'Travel Planner': 'shipping',
  'Account Assistant': 'account',
  'Security Helper': 'account',
  'Onboarding Buddy': 'account',
  'Returns Desk': 'returns',
  'Warranty Assistant': 'returns',
  'Tech Support AI': 'tech',
  'Mobile App Guide': 'tech',
  'Product Expert': 'tech',
  'Store Guide': 'store',
  'Gift Card Helper': 'store',
  'Sales Concierge': 'store',
  'Booking Assistant': 'store',
};

/**
 * The problems that grow over the year, by how much: a problem's share is multiplied by `1 + growth × t²`, `t` from
 * 0 (a year ago) to 1 (now), so the last months show it rising.
 */
export const GROWING_PROBLEMS: Readonly<Record<string, number>> = {
  'login-code': 6,
  'shipping-delay': 3,
};

/** Every problem, in domain order. */
export const PROBLEMS: readonly Problem[] = DOMAINS.flatMap((domain) => domain.problems);

export const NOTE_BODIES = [
  'Customer has contacted us about this before; see the earlier ticket.',
  'Checked with the warehouse: the item left on time.',
  'Waiting on the payments team before replying.',
  'Possible fraud pattern, keep an eye on this account.',
  'Escalated to engineering, bug reference attached in the tracker.',
  'VIP customer, please reply within the hour.',
] as const;
