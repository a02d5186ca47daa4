#!/x
const π = "𝄞" import("./a.js")
� import "./b.js"