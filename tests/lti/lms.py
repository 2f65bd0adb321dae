"""A real LTI 1.3 platform for the tests: lti1p3platform (PyPI), served over HTTP.

`TestLms` plays the LMS: it starts OIDC logins at the tool, answers the tool's
authentication redirect with an id_token signed by its own RSA key (lti1p3platform's message
launch, including its preflight checks), publishes its JWKS, issues access tokens to the tool
(checking the tool's signed client assertion against the tool's keys), and records what the
tool posts to its AGS score endpoint and asks of its NRPS roster, through lti1p3platform's
services, on a local http.server thread.
"""

from __future__ import annotations

import json
import threading
import time
import typing as t
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

from jwcrypto.jwk import JWK
from lti1p3platform.ltiplatform import LTI1P3PlatformConfAbstract
from lti1p3platform.membership import Context
from lti1p3platform.message_launch import LTIAdvantageMessageLaunchAbstract
from lti1p3platform.oidc_login import OIDCLoginAbstract
from lti1p3platform.registration import Registration
from lti1p3platform.request import Request, TRequest
from lti1p3platform.response import Response
from lti1p3platform.score import UpdateScoreStatus
from lti1p3platform.service_connector import (
    AssignmentsGradesService,
    NamesRoleProvisioningService,
    TPage,
)

ROLE = "http://purl.imsglobal.org/vocab/lis/v2/membership#"
LEARNER = [ROLE + "Learner"]
INSTRUCTOR = [ROLE + "Instructor"]
TA = [ROLE + "Instructor", "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor"
      "#TeachingAssistant"]
ADMINISTRATOR = [ROLE + "Administrator"]
CONTEXT_ID = "course-v1:MIT+18.06+2026"


def new_private_key() -> str:
    key = JWK.generate(kty="RSA", size=2048)
    return str(key.export_to_pem(private_key=True, password=None).decode())


def public_of(private_pem: str) -> str:
    key = JWK.from_pem(private_pem.encode())
    return str(key.export_to_pem().decode())


class _DictRequest(Request):
    """lti1p3platform's request, built from what our HTTP handler read."""

    def build_metadata(self, request: t.Any) -> TRequest:
        return t.cast(TRequest, request)


@dataclass
class Member:
    user_id: str
    roles: list[str]
    name: str = ""
    given_name: str = ""
    family_name: str = ""
    email: str = ""
    lis_person_sourcedid: str = ""
    status: str = "Active"

    def as_dict(self) -> dict[str, t.Any]:
        return {key: value for key, value in self.__dict__.items() if value}


@dataclass
class TestLms:
    """The LMS. `tool_base` is the tool's origin (live server or the test client's host)."""

    __test__ = False  # a test double, not a test class

    tool_base: str = "http://testserver"
    client_id: str = "eigenlab-client-1"
    deployment_id: str = "deployment-1"
    private_key: str = field(default_factory=new_private_key)
    # The tool's JWKS, when the tool is not served over HTTP (Django's test client).
    tool_keyset: dict[str, t.Any] | None = None
    scores: list[dict[str, t.Any]] = field(default_factory=list)
    token_requests: list[dict[str, t.Any]] = field(default_factory=list)
    members: list[Member] = field(default_factory=list)
    refuse_scores: int = 0  # answer this many score posts with 503
    registration_uuid: str = ""
    # The browser flow: what /start launches (the LMS page a person clicks in).
    pending: Launch | None = None
    host: str = "127.0.0.1"

    def __post_init__(self) -> None:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.base = f"http://{self.host}:{self._server.server_address[1]}"
        self.issuer = self.base
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    # ---- What an admin copies from the LMS into Eigenlab ----

    @property
    def auth_url(self) -> str:
        return self.base + "/auth"

    @property
    def token_url(self) -> str:
        return self.base + "/token"

    @property
    def keyset_url(self) -> str:
        return self.base + "/jwks"

    @property
    def lineitems_url(self) -> str:
        return self.base + f"/{CONTEXT_ID}/lineitems"

    def lineitem_url(self, number: int) -> str:
        return f"{self.lineitems_url}/{number}"

    @property
    def memberships_url(self) -> str:
        return self.base + f"/{CONTEXT_ID}/memberships"

    def config(self) -> _PlatformConfig:
        return _PlatformConfig(lms=self)

    def registration(self) -> Registration:
        tool_login = (f"{self.tool_base}/lti/login/{self.registration_uuid}/"
                      if self.registration_uuid else f"{self.tool_base}/lti/login/")
        registration = (
            Registration().set_iss(self.issuer).set_client_id(self.client_id)
            .set_deployment_id(self.deployment_id).set_oidc_login_url(tool_login)
            .set_launch_url(f"{self.tool_base}/lti/launch/")
            .set_deeplink_launch_url(f"{self.tool_base}/lti/launch/")
            .set_platform_private_key(self.private_key)
            .set_platform_public_key(public_of(self.private_key)))
        if self.tool_keyset is not None:
            registration.set_tool_key_set(t.cast(t.Any, self.tool_keyset))
        else:
            registration.set_tool_key_set_url(f"{self.tool_base}/.well-known/jwks.json")
        return registration

    # ---- Launching ----

    def login_initiation_url(self, *, user_id: str, target_link_uri: str,
                             deep_linking: bool = False) -> str:
        """Where the LMS sends the browser first (the tool's OIDC login, with login_hint)."""
        login = _OidcLogin(None, self.config())
        login.set_lti_message_hint(hint="deep-link" if deep_linking else "resource")
        login.set_launch_url(target_link_uri)
        url: str = login.prepare_preflight_url(user_id)
        return url

    def id_token_for(self, preflight: dict[str, str], launch: Launch) -> dict[str, str]:
        """The LMS's answer to the tool's authentication request: {id_token, state} for the
        form it posts to `redirect_uri` (checked by lti1p3platform: nonce, state, client)."""
        message = _MessageLaunch(_DictRequest({"get_data": preflight, "form_data": {}}),
                                 self.config())
        launch.apply(message, self)
        answer: dict[str, str] = message.lti_launch()
        return answer


@dataclass
class Launch:
    """What one launch says: the person, their roles, the course, the link, the services."""

    sub: str
    roles: list[str]
    target_link_uri: str
    resource_link_id: str = "link-1"
    resource_link_title: str = "Dot product"
    name: str = "Ada Lovelace"
    given_name: str = "Ada"
    family_name: str = "Lovelace"
    email: str = "ada@example.edu"
    context_title: str = "MIT 18.06 Linear Algebra, Spring 2026"
    context_label: str = "18.06"
    lineitem: int | None = 1
    nrps: bool = True
    custom: dict[str, str] = field(default_factory=dict)
    lis: dict[str, str] = field(default_factory=dict)
    deep_link_return_url: str = ""
    claims: dict[str, t.Any] = field(default_factory=dict)  # overrides (tampering)
    expires_in: int = 300
    sign_with: str = ""  # another private key, keeping the real key's kid (a forgery)

    def apply(self, message: _MessageLaunch, lms: TestLms) -> None:
        message.set_user_data(self.sub, self.roles, full_name=self.name,
                              email_address=self.email)
        message.set_extra_claims({"given_name": self.given_name,
                                  "family_name": self.family_name})
        message.set_launch_context_claim(
            CONTEXT_ID, ["http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering"],
            self.context_title, self.context_label)
        message.set_launch_url(self.target_link_uri)
        if not self.deep_link_return_url:
            message.set_resource_link_claim(self.resource_link_id,
                                            title=self.resource_link_title)
        message.set_launch_presentation_claim(document_target="window",
                                              return_url=lms.base + "/return")
        if self.lineitem is not None:
            message.set_ags(lms.lineitems_url, lms.lineitem_url(self.lineitem),
                            allow_creating_lineitems=True)
        if self.nrps:
            message.set_nrps(lms.memberships_url)
        if self.custom:
            message.set_custom_parameters_claim(self.custom)
        if self.lis:
            message.set_extra_claims({"https://purl.imsglobal.org/spec/lti/claim/lis": self.lis})
        if self.deep_link_return_url:
            message.set_dl(self.deep_link_return_url, title="Add Eigenlab content",
                           accept_types={"ltiResourceLink"}, extra_data={"opaque": "42"})
        message.set_id_token_expiration(self.expires_in)
        message.set_extra_claims(self.claims)
        message.forge_with = self.sign_with


class _PlatformConfig(LTI1P3PlatformConfAbstract):
    def init_platform_config(self, **kwargs: t.Any) -> None:
        self.lms: TestLms = kwargs["lms"]

    def get_registration_by_params(self, **kwargs: t.Any) -> Registration:
        return self.lms.registration()


class _OidcLogin(OIDCLoginAbstract):
    def set_lti_message_hint(self, **kwargs: t.Any) -> None:
        self._lti_message_hint = kwargs["hint"]

    def get_redirect(self, url: str) -> str:
        return url


class _MessageLaunch(LTIAdvantageMessageLaunchAbstract):
    forge_with = ""

    def generate_launch_request(self) -> t.Any:
        answer = super().generate_launch_request()
        if self.forge_with:  # the same claims and kid, signed by somebody else's key
            assert self._registration is not None
            body = json.loads(_b64(answer["id_token"].split(".")[1]))
            kid = self._registration.get_kid()
            answer["id_token"] = Registration.encode_and_sign(body, self.forge_with,
                                                              headers={"kid": kid})
        return answer

    def render_launch_form(self, launch_data: dict[str, t.Any], **kwargs: t.Any) -> t.Any:
        return launch_data


def _b64(segment: str) -> str:
    import base64

    return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4)).decode()


class _Scores(AssignmentsGradesService):
    lms: TestLms

    def update_score(self, line_item_id: str, score: t.Any) -> UpdateScoreStatus:
        self.lms.scores.append({"lineitem": line_item_id, **score})
        return UpdateScoreStatus.SUCCESS

    def find_lineitems(self, *args: t.Any, **kwargs: t.Any) -> TPage:
        return {"content": [], "has_next": False, "next": None}

    def find_lineitem(self, line_item_id: str) -> t.Any:
        return {"id": line_item_id}

    def create_lineitem(self, creation_data: t.Any) -> t.Any:
        return creation_data

    def update_lineitem(self, update_data: t.Any) -> t.Any:
        return update_data

    def delete_lineitem(self, line_item_id: str) -> None:
        return None

    def get_results(self, *args: t.Any, **kwargs: t.Any) -> TPage:
        return {"content": [], "has_next": False, "next": None}


class _Roster(NamesRoleProvisioningService):
    lms: TestLms

    def get_member_data_page(self, **kwargs: t.Any) -> TPage:
        return {"content": [member.as_dict() for member in self.lms.members],
                "has_next": False, "next": None}

    def get_context_by_id(self) -> Context:
        return Context(id=CONTEXT_ID, label="18.06", title="Linear Algebra")


# What an LMS answers its authentication request with: a form posted to the tool at once.
_AUTO_POST = """<!doctype html><html><head><title>LMS</title></head><body>
<form id="launch" method="post" action="{launch_url}">
<input type="hidden" name="id_token" value="{id_token}">
<input type="hidden" name="state" value="{state}"></form>
<script>document.getElementById("launch").submit();</script></body></html>"""


def _handler(lms: TestLms) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: t.Any) -> None:  # quiet
            pass

        def _request(self) -> dict[str, t.Any]:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode() if length else ""
            content_type = self.headers.get("Content-Type", "")
            parts = urlsplit(self.path)
            return {
                "method": self.command, "path": parts.path, "headers": dict(self.headers),
                "get_data": dict(parse_qsl(parts.query)), "content_type": content_type,
                "form_data": dict(parse_qsl(body)) if "form" in content_type else {},
                "json": json.loads(body) if "json" in content_type and body else None,
            }

        def _send(self, code: int, payload: t.Any, media_type: str = "application/json") -> None:
            data = json.dumps(payload).encode()
            self.send_response(code)
            self.send_header("Content-Type", media_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _page(self, html: str) -> None:
            data = html.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _answer(self, response: Response) -> None:
            self._send(response.code, response.result if response.code < 300 else
                       {"error": response.message}, response.media_type)

        def do_GET(self) -> None:
            request = self._request()
            config = lms.config()
            config.get_registration()
            if request["path"] == "/jwks":
                self._send(200, config.get_jwks())
            elif request["path"] == "/start" and lms.pending is not None:
                self.send_response(302)  # the LMS starts the third-party login at the tool
                self.send_header("Location", lms.login_initiation_url(
                    user_id=lms.pending.sub, target_link_uri=lms.pending.target_link_uri))
                self.end_headers()
            elif request["path"] == "/auth" and lms.pending is not None:
                answer = lms.id_token_for(request["get_data"], lms.pending)
                self._page(_AUTO_POST.format(**answer))
            elif request["path"].endswith("/memberships"):
                service = _Roster(_DictRequest(request), config, lms.memberships_url)
                service.lms = lms
                self._answer(service.handle_resp(service.handle_get_members))
            else:
                self._send(404, {"error": "not found"})

        def do_POST(self) -> None:
            request = self._request()
            config = lms.config()
            config.get_registration()
            if request["path"] == "/token":
                lms.token_requests.append(request["form_data"])
                try:
                    self._send(200, config.get_access_token(request["form_data"]))
                except Exception as error:  # refused assertion: the tool's fault
                    self._send(400, {"error": str(error)})
            elif request["path"].endswith("/scores"):
                if lms.refuse_scores > 0:
                    lms.refuse_scores -= 1
                    self._send(503, {"error": "gradebook is down for maintenance"})
                    return
                line_item = request["path"].rsplit("/", 2)[-2]
                service = _Scores(_DictRequest(request), config, lms.lineitems_url,
                                  lms.lineitem_url(int(line_item)))
                service.lms = lms
                self._answer(service.handle_resp(service.handle_update_score,
                                                 line_item_id=line_item))
            else:
                self._send(404, {"error": "not found"})

    return Handler


def wait_for(predicate: t.Callable[[], t.Any], timeout: float = 30.0) -> t.Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"gave up after {timeout:.0f} s")
