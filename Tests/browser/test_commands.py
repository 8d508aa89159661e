"""The binary's help touches nothing: no data folder, no database, no migrations, no demo site."""
import os
import subprocess
import tempfile

BIN = os.environ.get("NEWSDESK_BIN", ".build/debug/newsdesk")


def run_in_empty_folder(*args):
    folder = tempfile.mkdtemp()
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSDESK_")}
    result = subprocess.run([BIN, *args], cwd=folder, env=env, capture_output=True, text=True, timeout=60)
    return result, os.listdir(folder)


def test_help_lists_the_commands_and_creates_nothing():
    result, left = run_in_empty_folder("--help")
    assert result.returncode == 0, result.stderr
    for command in ("serve", "migrate", "seed", "user", "standards"):
        assert command in result.stdout
    assert left == []


def test_each_commands_help_creates_nothing():
    for command in ("serve", "migrate", "seed", "user", "standards"):
        result, left = run_in_empty_folder(command, "--help")
        assert result.returncode == 0, (command, result.stderr)
        assert "Usage" in result.stdout, command
        assert left == [], (command, left)
