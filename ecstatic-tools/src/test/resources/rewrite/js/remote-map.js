f();
//# sourceMappingURL=https://cdn.example.com/app.js.map
