@echo off
rem careerguide launcher for Windows: runs lib\careerguide.jar of this installation with Java 17+.
rem Uses %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else the java on PATH.
rem Extra JVM options can be given in CAREERGUIDE_OPTS (or JAVA_OPTS).
setlocal
set "APP_HOME=%~dp0.."
if defined JAVA_HOME (
  set "JAVA_CMD=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA_CMD=java"
)
"%JAVA_CMD%" %JAVA_OPTS% %CAREERGUIDE_OPTS% -jar "%APP_HOME%\lib\careerguide.jar" %*
exit /b %ERRORLEVEL%
