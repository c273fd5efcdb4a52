"""A non-editable install of the wheel gives a working `rapat`, with its SQL and data files."""

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_installs_into_fresh_venv(tmp_path):
    wheel_dir = tmp_path / "wheel"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheel_dir), str(ROOT)],
        check=True,
    )
    wheel = next(wheel_dir.glob("rapat_lampung-*.whl"))
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    site = next((env_dir / "lib").glob("python*/site-packages"))
    # Dependencies come from the test environment by a plain path entry: it adds the folder but
    # runs none of its .pth files, so the editable checkout of the project stays invisible.
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(env_dir / "bin" / "python"), "install", "-q", "--no-deps", str(wheel)],
        check=True,
    )
    rapat = env_dir / "bin" / "rapat"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    where = subprocess.run(
        [str(env_dir / "bin" / "python"), "-c", "import rapat, crawler.resources as r; print(rapat.__file__); print(r.datasets_dir())"],
        capture_output=True, text=True, check=True, cwd=tmp_path, env=env,
    ).stdout.split()
    assert str(env_dir) in where[0], where
    assert where[1].startswith(str(env_dir)) and (Path(where[1]) / "sources.toml").is_file(), where
    out = subprocess.run([str(rapat), "sources"], capture_output=True, text=True, check=True, cwd=tmp_path, env=env).stdout
    assert "bappeda.lampungprov.go.id" in out
    sql = list((Path(where[1]) / "views").glob("*.sql"))
    assert sql, "views SQL missing from the wheel"
    site_files = subprocess.run(
        [str(env_dir / "bin" / "python"), "-c", "import importlib.resources as r; s = r.files('rapat.site'); "
         "print((s / 'templates' / 'base.html').is_file(), (s / 'static' / 'filter.js').is_file())"],
        capture_output=True, text=True, check=True, cwd=tmp_path, env=env,
    ).stdout.split()
    assert site_files == ["True", "True"], "website templates or assets missing from the wheel"
