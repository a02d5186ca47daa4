export const util = "import \"./not-a-specifier.js\"";
