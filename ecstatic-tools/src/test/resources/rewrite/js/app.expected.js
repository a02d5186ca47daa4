console.log("app");
//# sourceMappingURL=app.js.0123456789ab.map
