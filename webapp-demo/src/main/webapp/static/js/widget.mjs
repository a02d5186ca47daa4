// A module script, loaded with type="module" and Subresource Integrity.
export const widget = document.getElementById("widget");
if (widget) {
  widget.textContent = "module loaded";
}
