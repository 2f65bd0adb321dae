"""Regrades run one item per submission and phase (RegradeItem), and a failed one says why.

Regrades in flight keep going: a `previewing` one gets its pending preview items, an `applying`
one its apply items, already done for every submission it changed (its ScoreChange rows say
which) so that no grade changes twice; the sweeper sends the rest.
"""

import django.db.models.deletion
from django.db import migrations, models

PLACES = 6  # as gradebook.rules.direction, copied: a migration must not follow later code


def _direction(old: float, new: float) -> str:
    old, new = round(old, PLACES), round(new, PLACES)
    return "up" if new > old else "down" if new < old else "same"


def regrades_in_flight_get_items(apps, schema_editor):  # type: ignore[no-untyped-def]
    Regrade = apps.get_model("gradebook", "Regrade")
    RegradeItem = apps.get_model("gradebook", "RegradeItem")
    ScoreChange = apps.get_model("gradebook", "ScoreChange")
    Submission = apps.get_model("grader", "Submission")
    for regrade in Regrade.objects.filter(status__in=["previewing", "applying"]):
        phase = "preview" if regrade.status == "previewing" else "apply"
        changed = {change.submission_id: change
                   for change in ScoreChange.objects.filter(regrade=regrade)}
        items = []
        for submission_id in Submission.objects.filter(
                pk__in=regrade.submission_ids, status="graded").values_list("pk", flat=True):
            change = changed.get(submission_id) if phase == "apply" else None
            items.append(RegradeItem(
                regrade=regrade, phase=phase, submission_id=submission_id,
                state="done" if change else "pending",
                change=_direction(change.old_score, change.new_score) if change else "",
                old_score=change.old_score if change else None,
                new_score=change.new_score if change else None))
        RegradeItem.objects.bulk_create(items)
        regrade.result = None  # the old single task's claim marker; counts come at the end
        regrade.save(update_fields=["result"])
    Regrade.objects.filter(status="failed", message="").update(
        message="This regrade failed before regrades were tracked per submission.")


class Migration(migrations.Migration):

    dependencies = [
        ('exercises', '0004_exercisedraft_moves_to_authoring'),
        ('gradebook', '0002_regrade_enqueued_at'),
        ('grader', '0004_fair_share'),
    ]

    operations = [
        migrations.CreateModel(
            name='RegradeItem',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('phase', models.CharField(choices=[('preview', 'Preview'), ('apply', 'Apply')], max_length=8)),
                ('state', models.CharField(choices=[('pending', 'Waiting'), ('running', 'Running'), ('done', 'Done'), ('failed', 'Could not run')], default='pending', max_length=8)),
                ('change', models.CharField(blank=True, choices=[('up', 'Up'), ('down', 'Down'), ('same', 'Same'), ('kept', 'Override kept')], max_length=4)),
                ('old_score', models.FloatField(blank=True, null=True)),
                ('new_score', models.FloatField(blank=True, null=True)),
                ('message', models.TextField(blank=True, help_text='why it could not run (our side)')),
                ('attempts', models.PositiveSmallIntegerField(default=0, help_text='claims so far')),
                ('enqueued_at', models.DateTimeField(blank=True, help_text='last time its id was sent to the broker', null=True)),
                ('started_at', models.DateTimeField(blank=True, null=True)),
                ('finished_at', models.DateTimeField(blank=True, null=True)),
                ('regrade', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='items', to='gradebook.regrade')),
                ('submission', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='grader.submission')),
            ],
            options={
                'ordering': ['regrade', 'phase', 'submission'],
                'indexes': [models.Index(fields=['state', 'started_at'], name='regrade_item_lease')],
                'constraints': [
                    models.UniqueConstraint(fields=('regrade', 'phase', 'submission'), name='regrade_item_once_per_phase'),
                    models.CheckConstraint(condition=models.Q(('phase__in', ['preview', 'apply'])), name='regrade_item_phase_valid'),
                    models.CheckConstraint(condition=models.Q(models.Q(('change', ''), ('state__in', ['pending', 'running', 'failed'])), models.Q(('change__in', ['up', 'down', 'same', 'kept']), ('new_score__isnull', False), ('old_score__isnull', False), ('state', 'done')), _connector='OR'), name='regrade_item_done_has_outcome'),
                    models.CheckConstraint(condition=models.Q(('started_at__isnull', True), ('state', 'running'), _negated=True), name='regrade_item_running_has_lease'),
                    models.CheckConstraint(condition=models.Q(('message', ''), ('state', 'failed'), _negated=True), name='regrade_item_failed_says_why'),
                ],
            },
        ),
        migrations.AddField(
            model_name='regrade',
            name='message',
            field=models.TextField(blank=True, help_text='what could not be regraded, and why'),
        ),
        migrations.AlterField(
            model_name='regrade',
            name='enqueued_at',
            field=models.DateTimeField(blank=True, help_text='last time its items were sent to the broker', null=True),
        ),
        migrations.RunPython(regrades_in_flight_get_items, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name='regrade',
            constraint=models.CheckConstraint(condition=models.Q(('message', ''), ('status', 'failed'), _negated=True), name='regrade_failed_says_why'),
        ),
    ]
