/** Calls `action` once `delay` ms have passed without another call: one parse per pause in typing. */
export function debounce<A extends unknown[]>(
  action: (...args: A) => void,
  delay: number,
): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => action(...args), delay);
  };
}
