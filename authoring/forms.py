"""Forms of the authoring pages: what an author types, turned into a DraftContent."""

import tomllib
from typing import Any

from django import forms
from django.db.models import QuerySet
from django.http import QueryDict
from django.utils.text import slugify

from courses.models import Module
from exercises.models import Exercise
from exercises.packages import (
    IDENTIFIER,
    OUTPUT_NAME_MAX,
    OUTPUTS_MAX,
    free_if_zero,
    hint_penalties_problem,
    outputs_problem,
)

from .archive import (
    ENTRY_MAX,
    ORDER_MAX,
    POINTS_MAX,
    TAGS_MAX_CHARS,
    TITLE_MAX,
    checks_toml,
    hints_problem,
    holds_nul,
)
from .models import ExerciseDraft
from .services import MAX_MUTANTS, MUTANT_NAME, DraftContent, content_of

CODE_ATTRS = {"data-editor": "python", "rows": 14, "spellcheck": "false",
              "autocapitalize": "off", "autocomplete": "off", "class": "code-input"}
TEXT_ATTRS = {"spellcheck": "false", "autocapitalize": "off", "autocomplete": "off"}


class AuthoringForm(forms.Form):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("label_suffix", "")  # labels sit above their fields: no colon
        super().__init__(*args, **kwargs)

    def _offer_modules(self, modules: QuerySet[Module]) -> None:
        field = self.fields["module"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = modules


def _code_field(label: str, help_text: str = "") -> forms.CharField:
    # strip=False: leading indentation and trailing newlines are part of the code.
    return forms.CharField(label=label, strip=False, help_text=help_text,
                           widget=forms.Textarea(attrs=CODE_ATTRS))


class ModuleChoiceField(forms.ModelChoiceField):
    """Modules by title; `with_course` adds the course's title, for choices across courses."""

    def __init__(self, *args: Any, with_course: bool = False, **kwargs: Any) -> None:
        kwargs.setdefault("empty_label", "Choose a module…")
        self.with_course = with_course
        super().__init__(*args, **kwargs)

    def label_from_instance(self, obj: Module) -> str:
        return f"{obj.course.title} / {obj.title}" if self.with_course else obj.title


class ExerciseCreateForm(AuthoringForm):
    title = forms.CharField(max_length=TITLE_MAX)
    slug = forms.SlugField(max_length=50, required=False,
                           help_text="Lowercase words joined by -, unique across all courses. "
                                     "Leave empty to derive it from the title.")
    module = ModuleChoiceField(queryset=Module.objects.none())
    entry = forms.CharField(max_length=ENTRY_MAX, label="Entry function",
                            help_text="The Python function the learner must define.",
                            widget=forms.TextInput(attrs=TEXT_ATTRS))

    def __init__(self, *args: Any, modules: QuerySet[Module], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._offer_modules(modules)

    def clean_entry(self) -> str:
        entry: str = self.cleaned_data["entry"]
        if not IDENTIFIER.match(entry):
            raise forms.ValidationError("Use a Python function name, e.g. dot_product.")
        return entry

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("slug") and data.get("title"):
            data["slug"] = slugify(data["title"])[:50].strip("-")
            if not data["slug"]:
                self.add_error("slug", "Choose a slug: the title has no letters to make one.")
        return data


class DraftForm(AuthoringForm):
    """Every field of the package; mutants come as parallel lists mutant_name / mutant_code."""

    title = forms.CharField(max_length=TITLE_MAX)
    slug = forms.SlugField(max_length=50,
                           help_text="Fixed once published: it picks each learner's variant.")
    module = ModuleChoiceField(queryset=Module.objects.none())
    order = forms.IntegerField(min_value=0, max_value=ORDER_MAX, initial=0,
                               help_text="Position within the module.")
    points = forms.IntegerField(min_value=0, max_value=POINTS_MAX, initial=10)
    difficulty = forms.ChoiceField(choices=Exercise.Difficulty.choices)
    tags = forms.CharField(required=False, max_length=TAGS_MAX_CHARS,
                           help_text="Separated by commas.")
    entry = forms.CharField(max_length=ENTRY_MAX, label="Entry function",
                            widget=forms.TextInput(attrs=TEXT_ATTRS))
    variants = forms.IntegerField(min_value=1, max_value=20, initial=3,
                                  help_text="Seeded variants of the cases, 1 to 20.")
    statement_md = forms.CharField(
        label="Statement", strip=False,
        help_text="Markdown; math as $...$ and $$...$$ (the $$ on their own lines).",
        widget=forms.Textarea(attrs={"rows": 16, "class": "text-input text-input--mono"}))
    hints = forms.CharField(required=False, strip=False, help_text="One hint per line.",
                            widget=forms.Textarea(attrs={"rows": 4, "class": "text-input"}))
    hint_penalties = forms.CharField(
        required=False, label="Hint penalties",
        help_text="Points taken off the attempts sent after opening each hint, one number per "
                  "hint separated by commas (e.g. 0, 1, 2). Empty: every hint is free.",
        widget=forms.TextInput(attrs=TEXT_ATTRS))
    starter = _code_field("Starter code", "What the learner's editor starts with. It must "
                                          "not pass.")
    solution = _code_field("Reference solution", "Never shown to learners.")
    cases = _code_field("Cases", "def cases(rng): returns the list of case dicts.")
    checks = forms.CharField(
        strip=False, label="Checks",
        help_text='One [[checks]] table per check: check = "close", optional output = k '
                  "and the check's parameters.",
        widget=forms.Textarea(attrs={"rows": 6, "class": "text-input text-input--mono",
                                     **TEXT_ATTRS}))
    outputs = forms.CharField(
        required=False, label="Output names, comma-separated",
        max_length=OUTPUTS_MAX * (OUTPUT_NAME_MAX + 2),
        help_text="When the function returns a tuple: the names of its items, in order, as the "
                  "statement calls them (e.g. t, df, p). A failed check with output = k then "
                  "names the item (\"df: expected 4.74941, got 3.0\"). Empty: \"output k\".",
        widget=forms.TextInput(attrs=TEXT_ATTRS))
    time_seconds = forms.FloatField(min_value=0.5, max_value=60, label="Time limit (s)")
    memory_mb = forms.IntegerField(min_value=64, max_value=4096, label="Memory limit (MB)")
    inputs_read_only = forms.BooleanField(
        required=False, label="Inputs are read-only",
        help_text="A case fails when the function modifies an argument in place.")
    returns_new = forms.BooleanField(
        required=False, label="Returns a new array",
        help_text="A case fails when the function returns one of its arguments itself, or a "
                  "view of it (the statement asks for a new array).")

    def __init__(self, data: QueryDict | None = None, *, modules: QuerySet[Module],
                 slug_locked: bool = False, **kwargs: Any) -> None:
        super().__init__(data, **kwargs)
        self._offer_modules(modules)
        if slug_locked:
            self.fields["slug"].disabled = True
        self.mutant_rows = self._mutant_rows(data)
        self.mutant_errors: list[str] = []

    @classmethod
    def initial_for(cls, draft: ExerciseDraft) -> dict[str, Any]:
        content = content_of(draft)
        return {
            "title": content.title, "slug": draft.exercise.slug, "module": draft.exercise.module,
            "order": content.order, "points": content.points, "difficulty": content.difficulty,
            "tags": ", ".join(content.tags), "entry": content.entry,
            "variants": content.variants, "statement_md": content.statement_md,
            "hints": "\n".join(hint.replace("\n", " ") for hint in content.hints),
            "hint_penalties": ", ".join(f"{penalty:g}" for penalty in content.hint_penalties),
            "starter": content.starter, "solution": content.solution, "cases": content.cases,
            "checks": checks_toml(content.checks), "outputs": ", ".join(content.outputs),
            "time_seconds": content.limits.get("time_seconds", 10),
            "memory_mb": content.limits.get("memory_mb", 512),
            "inputs_read_only": content.inputs_read_only, "returns_new": content.returns_new,
            "mutants": content.mutants,
        }

    def _mutant_rows(self, data: QueryDict | None) -> list[tuple[str, str]]:
        if data is None:
            mutants = (self.initial or {}).get("mutants", {})
            return list(mutants.items())
        names = data.getlist("mutant_name")
        codes = data.getlist("mutant_code")
        rows = list(zip(names, codes, strict=False))
        return [(name.strip(), code) for name, code in rows if name.strip() or code.strip()]

    def clean_entry(self) -> str:
        entry: str = self.cleaned_data["entry"]
        if not IDENTIFIER.match(entry):
            raise forms.ValidationError("Use a Python function name, e.g. dot_product.")
        return entry

    def clean_tags(self) -> list[str]:
        return [tag.strip() for tag in self.cleaned_data["tags"].split(",") if tag.strip()]

    def clean_hints(self) -> list[str]:
        hints = [line.strip() for line in self.cleaned_data["hints"].splitlines() if line.strip()]
        problem = hints_problem(hints)  # the limits an imported exercise.toml has
        if problem:
            raise forms.ValidationError(f"Hints: {problem}.")
        return hints

    def clean_hint_penalties(self) -> list[float]:
        raw = [item.strip() for item in self.cleaned_data["hint_penalties"].split(",")]
        try:
            return [float(item) for item in raw if item]
        except ValueError:
            raise forms.ValidationError("Give numbers separated by commas, e.g. 0, 1, 2.") from None

    def clean_checks(self) -> list[dict[str, Any]]:
        try:
            data = tomllib.loads(self.cleaned_data["checks"])
        except tomllib.TOMLDecodeError as exc:
            raise forms.ValidationError(f"Not valid TOML: {exc}") from None
        extra = sorted(set(data) - {"checks"})
        if extra:
            raise forms.ValidationError(f"Only [[checks]] tables belong here, not {extra[0]!r}.")
        checks = data.get("checks")
        if not isinstance(checks, list) or not checks:
            raise forms.ValidationError("Add at least one [[checks]] table.")
        if holds_nul(checks):  # written as "\u0000": the form's own NUL check never sees it
            raise forms.ValidationError("A value contains a NUL character.")
        return checks

    def clean_outputs(self) -> list[str]:
        text = self.cleaned_data["outputs"].strip().rstrip(",")  # a trailing comma is harmless
        outputs = [name.strip() for name in text.split(",")] if text else []
        if "" in outputs:  # "t, , p" would shift every later name onto the wrong output
            raise forms.ValidationError(f"Name {outputs.index('') + 1} is empty: give every "
                                        "output a name, separated by commas.")
        problem = outputs_problem(outputs)  # what exercise.toml's `outputs` is refused for
        if problem:
            raise forms.ValidationError(f"{problem[0].upper()}{problem[1:]}.")
        return outputs

    def clean_time_seconds(self) -> float | int:
        seconds: float = self.cleaned_data["time_seconds"]
        # 10, not 10.0: the content hash (and so the version) must not change on a re-save.
        return int(seconds) if seconds.is_integer() else seconds

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        mutants: dict[str, str] = {}
        for name, code in self.mutant_rows:
            if not name:
                self.mutant_errors.append("Give every mutant a name.")
            elif not MUTANT_NAME.match(name):
                self.mutant_errors.append(
                    f"Mutant name {name!r}: use letters, digits, _ or - (it becomes the file "
                    "name mutants/<name>.py).")
            elif name in mutants:
                self.mutant_errors.append(f"Two mutants are called {name!r}.")
            elif not code.strip():
                self.mutant_errors.append(f"Mutant {name!r} has no code.")
            else:
                mutants[name] = code
        if len(mutants) > MAX_MUTANTS:
            self.mutant_errors.append(f"At most {MAX_MUTANTS} mutants.")
        if "hints" in data and "hint_penalties" in data:
            problem = hint_penalties_problem(data["hint_penalties"], hints=len(data["hints"]),
                                             points=data.get("points"))
            if problem:  # what an imported exercise.toml is refused for too
                self.add_error("hint_penalties", f"{problem[0].upper()}{problem[1:]}.")
        if "outputs" in data and "checks" in data:
            problem = outputs_problem(data["outputs"], data["checks"])
            if problem:  # a check's `output = k` past the last name
                self.add_error("outputs", f"{problem[0].upper()}{problem[1:]}.")
        if self.mutant_errors:
            raise forms.ValidationError("Some mutants need fixing (see Mutants below).")
        data["mutants"] = mutants
        return data

    def content(self) -> DraftContent:
        data = self.cleaned_data
        return DraftContent(
            title=data["title"], entry=data["entry"], order=data["order"],
            points=data["points"], difficulty=data["difficulty"], tags=data["tags"],
            variants=data["variants"], hints=data["hints"],
            hint_penalties=free_if_zero(data["hint_penalties"]),
            inputs_read_only=data["inputs_read_only"], returns_new=data["returns_new"],
            outputs=data["outputs"],
            limits={"time_seconds": data["time_seconds"], "memory_mb": data["memory_mb"]},
            checks=data["checks"], statement_md=data["statement_md"], starter=data["starter"],
            solution=data["solution"], cases=data["cases"], mutants=data["mutants"],
        )


class ImportForm(AuthoringForm):
    module = ModuleChoiceField(queryset=Module.objects.none(), label="Into module")
    package = forms.FileField(label="Package zip",
                              widget=forms.ClearableFileInput(attrs={"accept": ".zip"}))

    def __init__(self, *args: Any, modules: QuerySet[Module], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._offer_modules(modules)


class CopyForm(AuthoringForm):
    module = ModuleChoiceField(queryset=Module.objects.none(), label="Copy into",
                               with_course=True)

    def __init__(self, *args: Any, modules: QuerySet[Module], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._offer_modules(modules)
