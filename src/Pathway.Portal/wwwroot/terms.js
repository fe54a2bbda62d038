// Glossary mentions (button.term) open their definition (a popover) on tap or click without this
// script. With it, hovering or focusing a mention shows the definition beside it; leaving the
// mention hides it again unless the pointer is on the definition or the mention was clicked
// (then it stays until Escape or a tap elsewhere, as the browser closes popovers).
(() => {
  if (!HTMLElement.prototype.showPopover) return;
  let pinned = null;
  const boxOf = (button) => document.getElementById(button.getAttribute('popovertarget'));
  const place = (button, box) => {
    const r = button.getBoundingClientRect();
    const rtl = getComputedStyle(button).direction === 'rtl';
    box.style.margin = '0';
    box.style.right = 'auto';
    box.style.bottom = 'auto';
    box.style.top = `${Math.max(6, Math.min(r.bottom + 6, window.innerHeight - box.offsetHeight - 6))}px`;
    const left = rtl ? r.right - box.offsetWidth : r.left;
    box.style.left = `${Math.max(6, Math.min(left, window.innerWidth - box.offsetWidth - 6))}px`;
  };
  const show = (button) => {
    const box = boxOf(button);
    if (!box) return;
    if (!box.matches(':popover-open')) box.showPopover();
    place(button, box);
  };
  const hide = (button) => {
    const box = boxOf(button);
    if (box && pinned !== button && box.matches(':popover-open') && !box.matches(':hover') && document.activeElement !== button) box.hidePopover();
  };
  for (const box of document.querySelectorAll('.term-definition[popover]')) {
    box.addEventListener('toggle', (e) => { if (e.newState === 'closed' && pinned && boxOf(pinned) === box) pinned = null; });
    box.addEventListener('mouseleave', () => {
      for (const b of document.querySelectorAll(`button.term[popovertarget="${box.id}"]`)) setTimeout(() => hide(b), 300);
    });
  }
  for (const button of document.querySelectorAll('button.term[popovertarget]')) {
    // A click keeps the definition open (the browser's own toggle would close what hover opened).
    button.addEventListener('click', (e) => { e.preventDefault(); pinned = button; show(button); });
    button.addEventListener('mouseenter', () => show(button));
    button.addEventListener('focus', () => show(button));
    button.addEventListener('mouseleave', () => setTimeout(() => hide(button), 300));
    button.addEventListener('blur', () => { if (pinned === button) pinned = null; setTimeout(() => hide(button), 0); });
  }
})();
