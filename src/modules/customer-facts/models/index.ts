export { default as OrderFact } from "./order-fact"
export { default as OrderItemFact } from "./order-item-fact"
export { default as CustomerFact } from "./customer-fact"
export { default as CustomerSpend } from "./customer-spend"
