"""A user configures Newsloom through newsloom.toml and NEWSLOOM_* variables."""

from pathlib import Path

import pytest

from newsloom.config import ConfigError, documented_settings, load_settings

DOCS = Path(__file__).resolve().parents[1] / "docs" / "configuration.md"


def test_every_setting_is_documented_for_users():
    text = DOCS.read_text(encoding="utf-8")
    missing = [name for name in documented_settings() if f"`NEWSLOOM_{name.upper()}`" not in text]
    assert missing == []


def test_environment_overrides_the_file_which_overrides_defaults(tmp_path):
    toml = tmp_path / "newsloom.toml"
    toml.write_text('host_delay_s = 3.5\nport = 9000\nallow_hosts = ["127.0.0.0/8", "intranet"]\n')
    s = load_settings({"NEWSLOOM_PORT": "9100"}, toml_path=toml)
    assert (s.host_delay_s, s.port, s.allow_hosts) == (3.5, 9100, ("127.0.0.0/8", "intranet"))
    assert load_settings({}, toml_path=tmp_path / "absent.toml").port == 8080


def test_comma_separated_lists_and_booleans_from_the_environment(tmp_path):
    s = load_settings({"NEWSLOOM_ALLOW_HOSTS": "127.0.0.1, ::1", "NEWSLOOM_RESPECT_ROBOTS": "no"},
                      toml_path=tmp_path / "none.toml")
    assert s.allow_hosts == ("127.0.0.1", "::1") and s.respect_robots is False


def test_sqlite_in_the_data_directory_unless_a_database_url_is_given(tmp_path):
    s = load_settings({"NEWSLOOM_DATA_DIR": str(tmp_path)}, toml_path=tmp_path / "none.toml")
    assert s.sqlalchemy_url == f"sqlite:///{tmp_path.as_posix()}/newsloom.db"
    pg = "postgresql+psycopg://postgres@127.0.0.1/test"
    assert load_settings({"NEWSLOOM_DATABASE_URL": pg}, toml_path=tmp_path / "none.toml").sqlalchemy_url == pg


@pytest.mark.parametrize("env, complaint", [
    ({"NEWSLOOM_PORT": "eighty"}, "port"),
    ({"NEWSLOOM_RESPECT_ROBOTS": "perhaps"}, "respect_robots"),
])
def test_a_bad_value_names_the_setting(tmp_path, env, complaint):
    with pytest.raises(ConfigError, match=complaint):
        load_settings(env, toml_path=tmp_path / "none.toml")


def test_an_unknown_setting_in_the_file_is_an_error_not_silence(tmp_path):
    toml = tmp_path / "newsloom.toml"
    toml.write_text("host_dealy_s = 1\n")
    with pytest.raises(ConfigError, match="host_dealy_s"):
        load_settings({}, toml_path=toml)
