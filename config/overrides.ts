// Starlight component overrides, one file per slot in src/components/starlight/.
export const overrides = {
	MarkdownContent: './src/components/starlight/MarkdownContent.astro',
	Search: './src/components/starlight/Search.astro',
	SocialIcons: './src/components/starlight/SocialIcons.astro',
	LastUpdated: './src/components/starlight/LastUpdated.astro',
	Footer: './src/components/starlight/Footer.astro',
	EditLink: './src/components/starlight/EditLink.astro',
	PageFrame: './src/components/starlight/PageFrame.astro',
	Sidebar: './src/components/starlight/Sidebar.astro',
	ThemeProvider: './src/components/starlight/ThemeProvider.astro',
};
