export const x = 1;
//# sourceMappingURL=module.mjs.map
