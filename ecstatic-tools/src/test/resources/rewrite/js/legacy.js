var a = 1;
//@ sourceMappingURL=legacy.js.map