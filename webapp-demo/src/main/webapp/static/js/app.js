function markLoaded(r){r.dataset.app="loaded"}function reportFont(h,o){o.textContent=getComputedStyle(h).fontFamily}markLoaded(document.documentElement);document.fonts.ready.then(function(){reportFont(document.querySelector("h1"),document.getElementById("font-family"))});
//# sourceMappingURL=app.js.map
