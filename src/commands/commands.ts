/** The function file (commands.html): registers the ribbon's ExecuteFunction actions. */
import { langOf, officeWorkbook } from "../adapters/office/officeEnv";
import { DialogMessage, runScoreCommand } from "./scoreCommand";

/** Opens dialog.html with the message in its address; resolves when it is closed. */
function showDialog(message: DialogMessage): Promise<void> {
  return new Promise((resolve) => {
    if (!Office.context.requirements.isSetSupported("DialogApi", "1.1")) {
      resolve();
      return;
    }
    const url = new URL("dialog.html", window.location.href);
    url.searchParams.set("m", JSON.stringify(message));
    Office.context.ui.displayDialogAsync(url.toString(), { height: 30, width: 30, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve();
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}

export function scoreWorkbook(event: Office.AddinCommands.Event): void {
  void runScoreCommand(event, {
    workbook: officeWorkbook(),
    lang: langOf(Office.context.displayLanguage),
    show: showDialog,
  });
}

Office.onReady(() => {
  Office.actions?.associate?.("scoreWorkbook", scoreWorkbook);
});
// Older hosts look the function up on the global object.
(globalThis as unknown as Record<string, unknown>).scoreWorkbook = scoreWorkbook;
