// Marks the page as scripted and reports which font the heading ended up with.
function markLoaded(root) {
  root.dataset.app = "loaded";
}

function reportFont(heading, output) {
  output.textContent = getComputedStyle(heading).fontFamily;
}

markLoaded(document.documentElement);
document.fonts.ready.then(function () {
  reportFont(document.querySelector("h1"), document.getElementById("font-family"));
});
