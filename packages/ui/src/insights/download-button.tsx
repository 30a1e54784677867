import type { ButtonHTMLAttributes, ReactNode } from 'react';

/** Saves `parts` as a file named `fileName` through a temporary link, as browsers download a Blob. */
export function downloadFile(fileName: string, parts: BlobPart[], type = 'text/csv;charset=utf-8'): void {
  // A byte order mark, so spreadsheet apps read the UTF-8 (accented names) as UTF-8.
  const url = URL.createObjectURL(new Blob(['\uFEFF', ...parts], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled: some browsers read the URL asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Props of `DownloadButton`. */
export interface DownloadButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'content'> {
  fileName: string;
  /** The file's text, made when the button is pressed. */
  content: () => BlobPart[];
}

/** A button that downloads text made on press (the insights as CSV). */
export function DownloadButton({ fileName, content, children, ...props }: DownloadButtonProps): ReactNode {
  return (
    <button type="button" {...props} onClick={() => downloadFile(fileName, content())}>
      {children}
    </button>
  );
}
