// Read-aloud (ReadAloudControl): the page's article read by the browser's own voice for its
// language when it has one, else the server's audio of it played. One button starts and stops.
(() => {
  for (const box of document.querySelectorAll('.read-aloud')) {
    const button = box.querySelector('.read-aloud-button');
    const tag = box.dataset.speechLang || '';
    const audioUrl = box.dataset.audio;
    const speech = window.speechSynthesis;
    const primary = tag.split('-')[0].toLowerCase();
    const voiceFor = () => speech && speech.getVoices().find((v) => v.lang.toLowerCase().replace('_', '-').split('-')[0] === primary);
    if (!button || (!speech && !audioUrl)) continue;
    let audio = null;
    const show = (playing) => {
      button.setAttribute('aria-pressed', playing ? 'true' : 'false');
      button.textContent = playing ? button.dataset.stop : button.dataset.start;
    };
    const stop = () => {
      if (speech) speech.cancel();
      if (audio) { audio.pause(); audio = null; }
      show(false);
    };
    button.hidden = false;
    button.addEventListener('click', () => {
      if (button.getAttribute('aria-pressed') === 'true') { stop(); return; }
      const voice = voiceFor();
      const article = document.querySelector('article.content-body');
      if (voice && article) {
        const utterance = new SpeechSynthesisUtterance(article.innerText);
        utterance.voice = voice;
        utterance.lang = voice.lang;
        utterance.onend = () => show(false);
        speech.cancel();
        speech.speak(utterance);
        show(true);
      } else if (audioUrl) {
        audio = new Audio(audioUrl);
        audio.addEventListener('ended', () => show(false));
        audio.play().catch(() => show(false));
        show(true);
      }
    });
  }
})();
