// The start-up benchmark's floor: a `<brief-card>` that does nothing but say it has rendered. Loaded
// in place of a bundle, it measures what the page costs between the script's arrival and the frame
// on screen (the parser yielding, laying out and painting the fallback text, the next frame) that no
// bundle can take away.
customElements.define(
  "brief-card",
  class extends HTMLElement {
    connectedCallback() {
      queueMicrotask(() => this.dispatchEvent(new Event("brief-load", { bubbles: true, composed: true })));
    }
  },
);
