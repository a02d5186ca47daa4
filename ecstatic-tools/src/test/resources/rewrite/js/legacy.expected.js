var a = 1;
//@ sourceMappingURL=legacy.js.0123456789ab.map