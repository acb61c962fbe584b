/** The checked value of a group of radio buttons inside `container`, and a way to follow changes. */
export function radioValue(container: HTMLElement): string {
  return container.querySelector<HTMLInputElement>("input[type=radio]:checked")?.value ?? "";
}

export function onRadioChange(container: HTMLElement, listener: (value: string) => void): void {
  container.addEventListener("change", () => listener(radioValue(container)));
}

export function checkRadio(container: HTMLElement, value: string): void {
  const input = container.querySelector<HTMLInputElement>(`input[type=radio][value="${CSS.escape(value)}"]`);
  if (input) input.checked = true;
}
