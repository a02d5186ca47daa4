var s = "//# sourceMappingURL=fake.js.map";
/*
//# sourceMappingURL=commented.js.map
*/
f();
//# sourceMappingURL=maps/real.js.0123456789ab.map?v=2


