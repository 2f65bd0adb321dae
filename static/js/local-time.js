// Beside each date shown in a course run's time zone (courses/_zoned_time.html), the same
// moment in the reader's own zone, when that is another one: a learner abroad reads the
// deadline on their own clock. Dates stay correct without this script; it only adds.
(function () {
  "use strict";
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const format = new Intl.DateTimeFormat(undefined, {
    weekday: "short", day: "numeric", month: "short", year: "numeric",
    hour: "2-digit", minute: "2-digit", timeZoneName: "short",
  });
  for (const time of document.querySelectorAll("time[data-zone]")) {
    const note = time.parentElement.querySelector("[data-local-time]");
    const moment = new Date(time.dateTime);
    if (!note || time.dataset.zone === own || Number.isNaN(moment.getTime())) continue;
    note.textContent = " · your time: " + format.format(moment);
  }
})();
