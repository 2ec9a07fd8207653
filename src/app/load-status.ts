// The page's message area for opened files and ignored link parameters. Text only.
const MAX_SHOWN = 200;

export function showLoadStatus(summary: string, problems: readonly string[], isError: boolean): void {
  const box = document.querySelector<HTMLElement>('#load-status');
  if (!box) return;
  box.hidden = false;
  box.classList.toggle('has-errors', isError);
  box.setAttribute('role', isError ? 'alert' : 'status');
  box.querySelector('.load-summary')!.textContent = summary;
  const list = box.querySelector('.load-problems')!;
  list.replaceChildren(
    ...problems.slice(0, MAX_SHOWN).map((p) => {
      const li = document.createElement('li');
      li.textContent = p;
      return li;
    }),
  );
  if (problems.length > MAX_SHOWN) {
    const li = document.createElement('li');
    li.textContent = `… and ${problems.length - MAX_SHOWN} more`;
    list.append(li);
  }
}
