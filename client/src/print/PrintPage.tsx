/** `/b/:id/print`: the board laid out on paper pages (being built). */
export default function PrintPage({ boardId }: { boardId: string }) {
  return <div data-board-id={boardId} />
}
