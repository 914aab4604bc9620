/**
 * Opens, as modal dialogs, the close dialog and the deal drawer the board has just rendered, and
 * focuses the field a user starts with. Only the board's part renders them, so this arrives with
 * it. `true` while either is on the board: focus then stays in it.
 */
export function showBoardDialogs(root: ParentNode): boolean {
  const dialog = root.querySelector<HTMLDialogElement>('dialog.close-dialog');
  if (dialog && !dialog.open) {
    dialog.showModal();
    dialog.querySelector<HTMLElement>('select, textarea')?.focus();
  }
  const drawer = root.querySelector<HTMLDialogElement>('dialog.drawer');
  if (drawer && !drawer.open) {
    drawer.showModal();
    drawer.querySelector<HTMLElement>('[name="name"]')?.focus();
  }
  return Boolean(dialog || drawer);
}
