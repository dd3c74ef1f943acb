/** The ribbon command's message dialog: shows the text it is given in its address; 确定 closes it. */
import type { DialogMessage } from "../ui/dialogMessage";

function show(): void {
  let message: DialogMessage = { title: "", lines: [], ok: "OK" };
  try {
    message = { ...message, ...(JSON.parse(new URL(window.location.href).searchParams.get("m") ?? "{}") as DialogMessage) };
  } catch {
    // A damaged address shows an empty dialog with its button, never a broken page.
  }
  const title = document.getElementById("title")!;
  const body = document.getElementById("body")!;
  const ok = document.getElementById("ok") as HTMLButtonElement;
  title.textContent = message.title;
  for (const line of message.lines) {
    const p = document.createElement("p");
    p.textContent = line; // text, never HTML
    body.appendChild(p);
  }
  ok.textContent = message.ok;
  ok.addEventListener("click", () => Office.context.ui.messageParent("close"));
  ok.focus();
}

Office.onReady(show);
