var s = "//# sourceMappingURL=fake.js.map";
/*
//# sourceMappingURL=commented.js.map
*/
f();
//# sourceMappingURL=maps/real.js.map?v=2


