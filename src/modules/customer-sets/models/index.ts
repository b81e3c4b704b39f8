export { default as CustomerSet } from "./customer-set"
export { default as CustomerSetMember } from "./customer-set-member"
