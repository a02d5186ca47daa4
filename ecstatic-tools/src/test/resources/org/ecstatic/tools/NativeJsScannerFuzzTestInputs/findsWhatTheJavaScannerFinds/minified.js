#!/usr/bin/env node
import'./a.js';import{b}from"./b.js";export*from"./c.js"
if (x) /re/.test(y)
const q = a / b / c
