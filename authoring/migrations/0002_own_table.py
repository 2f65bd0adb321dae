"""The draft table takes this app's name; admin history and permissions follow the model."""

from django.db import migrations, models


def move_content_type(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    if not ContentType.objects.filter(app_label="authoring", model="exercisedraft").exists():
        ContentType.objects.filter(app_label="exercises", model="exercisedraft").update(
            app_label="authoring")


def restore_content_type(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="authoring", model="exercisedraft").update(
        app_label="exercises")


class Migration(migrations.Migration):
    dependencies = [
        ("authoring", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelTable(name="exercisedraft", table=None),
        migrations.AddField(
            model_name="exercisedraft", name="validation_enqueued_at",
            field=models.DateTimeField(
                blank=True, help_text="last time its validation was sent to the broker",
                null=True),
        ),
        migrations.RunPython(move_content_type, restore_content_type),
    ]
