/** What the ribbon command passes to its dialog (dialog.html) in the dialog's address. */
export interface DialogMessage {
  title: string;
  lines: string[];
  ok: string;
}
