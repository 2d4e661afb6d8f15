; Inno Setup 6 script for WAT Desktop: a per-user install that needs no administrator.
;
; Built by `python installers/build.py setup` (after `bundle`), which passes:
;   /DAppVersion=0.1.0  /DBundleDir=...\dist\wat-desktop  /DOutputDir=...\dist  /DRepoRoot=...
; By hand: iscc /DAppVersion=0.1.0 /DBundleDir=C:\src\dist\wat-desktop installers\windows\wat_desktop.iss

#ifndef AppVersion
  #error Pass /DAppVersion=<version> (installers/build.py does)
#endif
#ifndef RepoRoot
  #define RepoRoot AddBackslash(SourcePath) + "..\.."
#endif
#ifndef BundleDir
  #define BundleDir RepoRoot + "\dist\wat-desktop"
#endif
#ifndef OutputDir
  #define OutputDir RepoRoot + "\dist"
#endif
#define AppName "WAT Desktop"
#define AppExe "wat-desktop.exe"
#define DataFolderName "wat-desktop"

[Setup]
; The AppId identifies the app for upgrades and the uninstaller: never change it.
AppId={{91339725-EC25-4C0B-9D7D-7D9908B74743}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=WAT Desktop developers
AppPublisherURL=https://github.com/wat-desktop/wat-desktop
AppSupportURL=https://github.com/wat-desktop/wat-desktop/issues
AppCopyright=(c) WAT Desktop developers, MIT licence
; The setup program's own version resource (Explorer > Properties > Details); the
; app's .exe files get theirs from installers/windows/version_info.py.
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} Setup
; Per-user: installs under %LOCALAPPDATA%\Programs, no UAC prompt, no admin rights.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
; One Start-menu shortcut, no folder: nothing to choose, so no Start-menu page.
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
LicenseFile={#RepoRoot}\LICENSE
SetupIconFile={#RepoRoot}\src\wat_desktop\resources\icons\wat-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#OutputDir}
OutputBaseFilename=wat-desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
; Ask the running app to close before files are replaced.
CloseApplications=yes

[Languages]
Name: "it"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
it.DeleteDataQuestion=Eliminare anche i dati di WAT Desktop (aziende, piani, copie di sicurezza e impostazioni) nella cartella %1?%n%nScegliere No per conservarli, ad esempio per reinstallare il programma in seguito.
en.DeleteDataQuestion=Also delete your WAT Desktop data (firms, plans, backups and settings) in %1?%n%nChoose No to keep them, for example to reinstall the program later.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: a library or .dist-info folder left over from
; the previous version could be loaded instead of the new one.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// The user's data lives outside {app} (platformdirs: %APPDATA%\wat-desktop, logs under
// %LOCALAPPDATA%\wat-desktop), so uninstalling keeps it unless the user says otherwise.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
  LocalDir: String;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  DataDir := ExpandConstant('{userappdata}\{#DataFolderName}');
  LocalDir := ExpandConstant('{localappdata}\{#DataFolderName}');
  if not (DirExists(DataDir) or DirExists(LocalDir)) then
    Exit;
  // A silent uninstall (e.g. an upgrade script) never deletes data.
  if UninstallSilent then
    Exit;
  if MsgBox(FmtMessage(CustomMessage('DeleteDataQuestion'), [DataDir]),
            mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
  begin
    DelTree(DataDir, True, True, True);
    DelTree(LocalDir, True, True, True);
  end;
end;
