/** The facilitator's agenda editor (being built). */
export function AgendaEditor() {
  return null
}
