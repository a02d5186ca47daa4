export default function lazy() { return /import ".\/x.js"/ }
