from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone


class ApiToken(models.Model):
    """A personal access token: its owner's rights, narrowed to its scopes.

    Only the SHA-256 digest of the token is kept: the token itself is shown once, when it is
    made (api.services.token_create). A random 256-bit secret needs no slow hash: nobody can
    guess one to match a digest.
    """

    class Scope(models.TextChoices):
        READ = "read", "Read: courses, exercises, your attempts and their results"
        SUBMIT = "submit", "Submit: send code and notebooks, and read their results"
        STAFF = "staff", "Staff: export the gradebooks of the courses you teach"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(max_length=100)
    # The token's first characters, so its owner can tell tokens apart ("eig_Ab3x…").
    prefix = models.CharField(max_length=16)
    digest = models.CharField(max_length=64, unique=True)
    may_read = models.BooleanField(default=False)
    may_submit = models.BooleanField(default=False)
    may_staff = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(may_read=True) | Q(may_submit=True)
                                   | Q(may_staff=True), name="api_token_has_a_scope"),
            models.CheckConstraint(condition=~Q(name=""), name="api_token_named"),
            # Names tell a user's tokens apart while they work; a revoked one frees its name.
            models.UniqueConstraint(fields=["user", "name"], condition=Q(revoked_at__isnull=True),
                                    name="api_token_unique_active_name"),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…, {self.user})"

    @property
    def scopes(self) -> list[str]:
        held = {self.Scope.READ: self.may_read, self.Scope.SUBMIT: self.may_submit,
                self.Scope.STAFF: self.may_staff}
        return [str(scope) for scope, holds in held.items() if holds]

    @property
    def expired(self) -> bool:
        return self.expires_at is not None and self.expires_at <= timezone.now()

    @property
    def active(self) -> bool:
        return self.revoked_at is None and not self.expired
