// Nastavnik: Russian texts for Camunda Forms (form-js) in Tasklist.
// Tasklist's locale file (../locales/ru.json) translates Tasklist itself, but form-js, which draws the
// task forms, writes a few texts of its own in English: the validation messages under a field
// («Field is required.»), the placeholder of a searchable select («Search») and of a select without a
// value («Select»), the empty list of a dropdown («No results») and, through flatpickr, the calendar of
// a date field (months, weekdays, weeks from Sunday). This script, loaded by config.js
// (customScripts), replaces them in the page as form-js draws them. WebappLocalesTest checks that every
// validation message of the form-js shipped in the Camunda webjar has its entry here.

const EXACT = {
  'Field is required.': 'Поле обязательно для заполнения.',
  'Field must be a valid email.': 'Укажите адрес электронной почты, например ivanova@school.ru.',
  'Field must be a valid  international phone number. (e.g. +4930664040900)':
    'Укажите номер телефона в международном формате, например +74951234567.',
  'Search': 'Поиск',
  'dd.mm.yyyy': 'дд.мм.гггг',
  'Select': 'Выберите',
  'No results': 'Ничего не найдено',
  'All values selected': 'Выбраны все значения'
};

const PATTERNS = [
  [/^Field must have minimum length of (.+)\.$/, (n) => `Не короче ${n} символов.`],
  [/^Field must have maximum length of (.+)\.$/, (n) => `Не длиннее ${n} символов.`],
  [/^Field must have minimum value of (.+)\.$/, (n) => `Значение не меньше ${n}.`],
  [/^Field must have maximum value of (.+)\.$/, (n) => `Значение не больше ${n}.`],
  [/^Field must match pattern (.+)\.$/, (p) => `Значение не соответствует образцу ${p}.`]
];

/** The Russian text for an English text of form-js, or null when the text is not one of them. */
function russian(text) {
  if (!text) {
    return null;
  }
  const trimmed = text.trim();
  if (Object.prototype.hasOwnProperty.call(EXACT, trimmed)) {
    return EXACT[trimmed];
  }
  for (const [pattern, make] of PATTERNS) {
    const m = trimmed.match(pattern);
    if (m) {
      return make(m[1]);
    }
  }
  return null;
}

const TEXT_PLACES = '.fjs-form-field-error li, .fjs-dropdownlist-empty, .fjs-select-display, .fjs-select-placeholder';

function translate(root) {
  if (!root.querySelectorAll) {
    return;
  }
  root.querySelectorAll('.fjs-container input[placeholder]').forEach((input) => {
    const text = russian(input.getAttribute('placeholder'));
    if (text) {
      input.setAttribute('placeholder', text);
    }
  });
  root.querySelectorAll(TEXT_PLACES).forEach((element) => {
    for (const node of element.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = russian(node.nodeValue);
        if (text) {
          node.nodeValue = text;
        }
      }
    }
  });
}

/** flatpickr's Russian texts; form-js passes no locale, so the default one is what its calendars use. */
const FLATPICKR_RU = {
  weekdays: {
    shorthand: ['Вс', 'Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб'],
    longhand: ['Воскресенье', 'Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница', 'Суббота']
  },
  months: {
    shorthand: ['Янв', 'Фев', 'Март', 'Апр', 'Май', 'Июнь', 'Июль', 'Авг', 'Сен', 'Окт', 'Ноя', 'Дек'],
    longhand: ['Январь', 'Февраль', 'Март', 'Апрель', 'Май', 'Июнь', 'Июль', 'Август', 'Сентябрь', 'Октябрь',
      'Ноябрь', 'Декабрь']
  },
  firstDayOfWeek: 1,
  ordinal: () => '',
  rangeSeparator: ' — ',
  weekAbbreviation: 'Нед.',
  scrollTitle: 'Прокрутите для увеличения',
  toggleTitle: 'Нажмите для переключения',
  amPM: ['ДП', 'ПП'],
  yearAriaLabel: 'Год',
  monthAriaLabel: 'Месяц',
  hourAriaLabel: 'Час',
  minuteAriaLabel: 'Минута',
  time_24hr: true
};

function localizeCalendar(flatpickr) {
  if (flatpickr && typeof flatpickr.localize === 'function') {
    flatpickr.localize(FLATPICKR_RU);
  }
}

// form-js's flatpickr puts itself on window when its module first runs: now, or after this script
if (window.flatpickr) {
  localizeCalendar(window.flatpickr);
} else {
  let flatpickr;
  Object.defineProperty(window, 'flatpickr', {
    configurable: true,
    get: () => flatpickr,
    set: (value) => {
      flatpickr = value;
      localizeCalendar(value);
    }
  });
}

let scheduled = false;

/** One pass a frame, however many changes form-js makes in it. */
function schedule() {
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      translate(document);
    });
  }
}

function start() {
  translate(document);
  new MutationObserver(schedule).observe(document.body, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['placeholder']
  });
}

if (document.body) {
  start();
} else {
  document.addEventListener('DOMContentLoaded', start);
}
