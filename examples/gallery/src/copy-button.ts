/**
 * A button that copies the text of `source` to the clipboard, and says so on its label for a moment
 * before showing `label` again.
 */
export function setUpCopyButton(button: HTMLButtonElement, source: HTMLElement, label: string): void {
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(source.textContent ?? "");
      button.textContent = "Copied";
    } catch {
      // Clipboard access can be refused (permissions, insecure origins): select the text instead.
      getSelection()?.selectAllChildren(source);
      button.textContent = "Selected: press Ctrl+C";
    }
    setTimeout(() => (button.textContent = label), 2000);
  });
}
