export { default } from './wrapperValue.js'
