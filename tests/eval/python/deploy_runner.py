"""Runs deployment steps for the release bot."""
import asyncio
import logging
import os
import shlex
import subprocess

log = logging.getLogger(__name__)

REPO_ROOT = os.environ.get("REPO_ROOT", "/srv/app")


def git_status() -> str:
    # constant command string: shell=True is harmless here
    out = subprocess.run("git status --porcelain | wc -l", shell=True, capture_output=True, text=True, check=True)
    return out.stdout.strip()


def checkout(branch: str) -> None:
    subprocess.run(["git", "-C", REPO_ROOT, "checkout", branch], check=True)


def build_image(tag: str) -> None:
    # expect: python.subprocess-shell-true
    subprocess.run(f"docker build -t registry.internal/app:{tag} {REPO_ROOT}", shell=True, check=True)


def tail_logs(service: str, lines: int = 200) -> str:
    cmd = "journalctl -u " + service + " -n " + str(lines)
    # expect: python.subprocess-shell-true
    return subprocess.check_output(cmd, shell=True, text=True)


def restart(service: str) -> None:
    quoted = shlex.quote(service)
    subprocess.run(["systemctl", "restart", quoted], check=True)


def purge_cache(path: str) -> None:
    # expect: python.os-system-injection
    os.system("rm -rf /var/cache/app/" + path)


def disk_usage() -> str:
    with os.popen("df -h /") as p:
        return p.read()


def archive(release: str) -> None:
    # expect: python.os-system-injection
    os.popen(f"tar czf /backups/{release}.tgz {REPO_ROOT}").read()


async def run_hook(hook_cmd: str) -> int:
    # expect: python.asyncio-subprocess-shell
    proc = await asyncio.create_subprocess_shell(hook_cmd, stdout=asyncio.subprocess.PIPE)
    await proc.communicate()
    return proc.returncode


async def run_migrations() -> int:
    proc = await asyncio.create_subprocess_exec("alembic", "upgrade", "head", cwd=REPO_ROOT)
    return await proc.wait()


def notify(channel: str, message: str) -> None:
    subprocess.Popen(["slack-notify", "--channel", channel, "--text", message])


def rollback(version: str) -> None:
    log.warning("rolling back to %s", version)
    # expect: python.subprocess-shell-true
    subprocess.Popen("helm rollback web %s" % version, shell=True)
