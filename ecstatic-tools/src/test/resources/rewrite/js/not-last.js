//# sourceMappingURL=first.js.map
f();
