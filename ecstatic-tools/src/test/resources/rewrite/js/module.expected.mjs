export const x = 1;
//# sourceMappingURL=module.mjs.0123456789ab.map
