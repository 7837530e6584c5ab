"""The Reviewer and Editor groups and their permissions (reversible)."""

from django.db import migrations

# (app_label, model) -> actions, per group.
ROLES = {
    "Reviewer": {
        ("claims", "claim"): ("view", "change"),
        ("claims", "quote"): ("view", "change"),
        ("claims", "evidence"): ("view", "change", "add"),
        ("claims", "speaker"): ("view", "change"),
        ("claims", "article"): ("view",),
        ("claims", "reviewevent"): ("view",),
        ("sources", "source"): ("view",),
    },
    "Editor": {
        ("claims", "claim"): ("view",),
        ("claims", "quote"): ("view",),
        ("claims", "evidence"): ("view",),
        ("claims", "speaker"): ("view",),
        ("claims", "article"): ("view", "add"),
        ("claims", "reviewevent"): ("view",),
        ("sources", "source"): ("view",),
    },
}


def create_roles(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created by post_migrate, after every migration has run; a data
    # migration that needs them creates them itself (idempotent).
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, grants in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        permissions = []
        for (app_label, model), actions in grants.items():
            for action in actions:
                permissions.append(
                    Permission.objects.get(
                        content_type__app_label=app_label,
                        content_type__model=model,
                        codename=f"{action}_{model}",
                    )
                )
        group.permissions.set(permissions)


def delete_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0001_initial"),
        ("sources", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(create_roles, delete_roles),
    ]
