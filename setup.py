# SPDX-License-Identifier: Apache-2.0
"""Builds the extension module with CMake, so `pip install .` needs nothing beyond CMake and a compiler.

scikit-build-core is not packaged for Debian 12, so this small setuptools shim drives CMake itself.
The interpreter running pip is the one CMake builds for, so the module's ABI always matches it.
"""
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent


class CMakeExtension(Extension):
    """An extension module that CMake builds; setuptools only places the result."""

    def __init__(self, name: str) -> None:
        super().__init__(name, sources=[])


def cmake_configure_command(build_dir: Path, output_dir: Path, debug: bool = False) -> list:
    """The CMake configure step of `pip install .`; scripts/check_pip_install.sh runs it on its own too."""
    generator = ["-G", "Ninja"] if _has_ninja() else []
    return ["cmake", "-S", str(ROOT), "-B", str(build_dir), *generator,
            f"-DPython_EXECUTABLE={sys.executable}",
            f"-DMILJOPLAN_PYTHON_OUTPUT_DIR={output_dir}",
            f"-DCMAKE_BUILD_TYPE={'Debug' if debug else 'Release'}",
            "-DMILJOPLAN_BUILD_TESTS=OFF", "-DMILJOPLAN_BUILD_EXAMPLES=OFF", "-DMILJOPLAN_BUILD_CLI=OFF",
            # CMAKE_ARGS, as other CMake-driven Python builds read it: extra -D options for this build.
            *shlex.split(os.environ.get("CMAKE_ARGS", ""))]


class CMakeBuild(build_ext):
    """Builds miljoplan._core with CMake, or copies it from MILJOPLAN_PREBUILT_DIR."""

    def build_extension(self, ext: Extension) -> None:
        target = Path(self.get_ext_fullpath(ext.name)).resolve()
        output_dir = target.parent
        # MILJOPLAN_PREBUILT_DIR names a CMake build tree that has built the module already (the test
        # suite's own build): packaging it again proves the install without compiling twice.
        prebuilt = os.environ.get("MILJOPLAN_PREBUILT_DIR")
        if prebuilt:
            _copy_prebuilt(Path(prebuilt), target)
            return
        build_dir = Path(self.build_temp).resolve() / "cmake"
        build_dir.mkdir(parents=True, exist_ok=True)
        subprocess.run(cmake_configure_command(build_dir, output_dir, self.debug), check=True)
        jobs = str(os.cpu_count() or 2)
        subprocess.run(["cmake", "--build", str(build_dir), "--target", "_core", "--parallel", jobs], check=True)


def _copy_prebuilt(build_dir: Path, target: Path) -> None:
    cache = (build_dir / "CMakeCache.txt").read_text(encoding="utf-8")
    module_dir = next(line.split("=", 1)[1] for line in cache.splitlines()
                      if line.startswith("MILJOPLAN_PYTHON_OUTPUT_DIR:"))
    built = Path(module_dir) / target.name
    if not built.is_file():
        raise RuntimeError(f"MILJOPLAN_PREBUILT_DIR: {built} is missing; build the target _core first")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(built, target)


def _has_ninja() -> bool:
    return shutil.which("ninja") is not None


# setuptools runs this file as __main__; scripts/check_pip_install.sh imports it for the configure command.
if __name__ == "__main__":
    setup(ext_modules=[CMakeExtension("miljoplan._core")], cmdclass={"build_ext": CMakeBuild})
