export { default as Feedback } from "./feedback"
export { default as OrderStaff } from "./order-staff"
export { default as FollowUp } from "./follow-up"
