# SPDX-License-Identifier: Apache-2.0
"""Builds the extension module with CMake, so `pip install .` needs nothing beyond CMake and a compiler.

scikit-build-core is not packaged for Debian 12, so this small setuptools shim drives CMake itself.
The interpreter running pip is the one CMake builds for, so the module's ABI always matches it.
"""
import os
import subprocess
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent


class CMakeExtension(Extension):
    def __init__(self, name: str) -> None:
        super().__init__(name, sources=[])


class CMakeBuild(build_ext):
    def build_extension(self, ext: Extension) -> None:
        output_dir = Path(self.get_ext_fullpath(ext.name)).parent.resolve()
        build_dir = Path(self.build_temp).resolve() / "cmake"
        build_dir.mkdir(parents=True, exist_ok=True)
        generator = ["-G", "Ninja"] if _has_ninja() else []
        subprocess.run(
            ["cmake", "-S", str(ROOT), "-B", str(build_dir), *generator,
             f"-DPython_EXECUTABLE={sys.executable}",
             f"-DMILJOPLAN_PYTHON_OUTPUT_DIR={output_dir}",
             f"-DCMAKE_BUILD_TYPE={'Debug' if self.debug else 'Release'}",
             "-DMILJOPLAN_BUILD_TESTS=OFF", "-DMILJOPLAN_BUILD_EXAMPLES=OFF", "-DMILJOPLAN_BUILD_CLI=OFF"],
            check=True)
        jobs = str(os.cpu_count() or 2)
        subprocess.run(["cmake", "--build", str(build_dir), "--target", "_core", "--parallel", jobs], check=True)


def _has_ninja() -> bool:
    from shutil import which
    return which("ninja") is not None


setup(ext_modules=[CMakeExtension("miljoplan._core")], cmdclass={"build_ext": CMakeBuild})
