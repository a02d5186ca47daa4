export const circle = 1
export * from "../util.js"
